import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth';
import { PutStudyAccessDto, StudyAccessResponseDto } from './dto/study-access.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('api/users/:id/study-access')
export class StudyAccessController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: "The user's grants to studies" })
  async list(@Param('id', ParseUUIDPipe) userId: string): Promise<StudyAccessResponseDto[]> {
    return (await this.users.listStudyAccess(userId)).map(StudyAccessResponseDto.from);
  }

  @Get(':studyId')
  @ApiOperation({ summary: "The user's grant to one study; 404 when there is none" })
  async get(@Param('id', ParseUUIDPipe) userId: string, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<StudyAccessResponseDto> {
    return StudyAccessResponseDto.from(await this.users.getStudyAccess(userId, studyId));
  }

  @Put(':studyId')
  @ApiOperation({ summary: 'Grant the user access to a study, optionally limited to one municipality' })
  async put(
    @Param('id', ParseUUIDPipe) userId: string,
    @Param('studyId', ParseUUIDPipe) studyId: string,
    @Body() body: PutStudyAccessDto,
  ): Promise<StudyAccessResponseDto> {
    return StudyAccessResponseDto.from(await this.users.grantStudyAccess(userId, studyId, body.municipalityCode ?? null));
  }

  @Delete(':studyId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Revoke the user's access to a study" })
  async revoke(@Param('id', ParseUUIDPipe) userId: string, @Param('studyId', ParseUUIDPipe) studyId: string): Promise<void> {
    await this.users.revokeStudyAccess(userId, studyId);
  }
}
