import { Body, Controller, Get, Header, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@stemme/platform';
import type { Response } from 'express';
import type { RequestAuth } from './authenticated-request';
import { AuthService } from './auth.service';
import { CurrentSession } from './current-user.decorator';
import { LoginDto } from './dto/login.dto';
import { SessionResponseDto } from './dto/session-response.dto';
import { SessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Log in: sets the session cookie and returns the CSRF token; 401 for a wrong e-mail or password, 429 after too many failures' })
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) response: Response): Promise<SessionResponseDto> {
    const session = await this.auth.login(body.email, body.password);
    this.cookie.set(response, session.token);
    return SessionResponseDto.from(session.user, session.csrfToken);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Log out: ends the session on the server and clears the cookie' })
  async logout(@CurrentSession() session: RequestAuth, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(session.sessionId);
    this.cookie.clear(response);
  }

  @Get('me')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The logged-in user and the CSRF token of the session' })
  me(@CurrentSession() session: RequestAuth): SessionResponseDto {
    return SessionResponseDto.from(session.user, session.csrfToken);
  }
}
