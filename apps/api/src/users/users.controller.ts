import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { CurrentUser, Roles } from '../auth';
import { CreateUserDto } from './dto/create-user.dto';
import { UserResponseDto } from './dto/user-response.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Every user, by e-mail address' })
  async list(): Promise<UserResponseDto[]> {
    return (await this.users.list()).map(UserResponseDto.from);
  }

  @Post()
  @ApiOperation({ summary: 'Create a user; 409 when the e-mail address is taken' })
  async create(@Body() body: CreateUserDto): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.create(body));
  }

  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Disable a user and end their sessions at once' })
  async disable(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthenticatedUser): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.disable(id, actor.id));
  }

  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Enable a disabled user again' })
  async enable(@Param('id', ParseUUIDPipe) id: string): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.enable(id));
  }
}
