import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { CurrentUser, Roles } from '../auth';
import { CreateStudyDto, StudyResponseDto, UpdateStudyDto } from './dto/study.dto';
import { StudiesService } from './studies.service';

@ApiTags('studies')
@Controller('api/studies')
export class StudiesController {
  constructor(private readonly studies: StudiesService) {}

  @Post()
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Create a study; its creator gets access to it' })
  @ApiCreatedResponse({ type: StudyResponseDto })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateStudyDto): Promise<StudyResponseDto> {
    return StudyResponseDto.from(await this.studies.create(user, body));
  }

  @Get()
  @ApiOperation({ summary: 'The studies the user has access to (all, for an admin)' })
  @ApiOkResponse({ type: [StudyResponseDto] })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<StudyResponseDto[]> {
    return (await this.studies.list(user)).map(StudyResponseDto.from);
  }

  @Get(':id')
  @ApiOkResponse({ type: StudyResponseDto })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<StudyResponseDto> {
    return StudyResponseDto.from(await this.studies.get(user, id));
  }

  @Patch(':id')
  @Roles('admin', 'designer')
  @ApiOperation({ summary: 'Change study settings: threshold, reporting minimum, age bands, languages, free-text policy' })
  @ApiOkResponse({ type: StudyResponseDto })
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateStudyDto,
  ): Promise<StudyResponseDto> {
    return StudyResponseDto.from(await this.studies.update(user, id, body));
  }
}
