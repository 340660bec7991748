import { ApiProperty } from '@nestjs/swagger';
import { type AuthenticatedUser, USER_ROLES, type UserRole } from '@stemme/identity';

export class SessionUserResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;
}

/** The logged-in user and the token to send as X-CSRF-Token with every change. */
export class SessionResponseDto {
  @ApiProperty({ type: SessionUserResponseDto })
  user: SessionUserResponseDto;

  @ApiProperty({ description: 'Send this as the X-CSRF-Token header with every POST, PUT, PATCH and DELETE' })
  csrfToken: string;

  static from(user: AuthenticatedUser, csrfToken: string): SessionResponseDto {
    return { user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role }, csrfToken };
  }
}
