import { ApiProperty } from '@nestjs/swagger';
import type { User } from '@stemme/identity';
import { SessionUserResponseDto } from '../../auth/dto/session-response.dto';

/** A user as admins see it: never the password hash. */
export class UserResponseDto extends SessionUserResponseDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the account was disabled; null while it is enabled' })
  disabledAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(user: User): UserResponseDto {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      disabledAt: user.disabledAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    };
  }
}
