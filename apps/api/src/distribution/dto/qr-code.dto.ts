import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { QR_FORMATS, type QrFormat } from '../link-qr-codes';

export class QrCodeQueryDto {
  @ApiProperty({ enum: QR_FORMATS, example: 'png', description: 'PNG (1024 pixels wide) or SVG' })
  @IsIn(QR_FORMATS, { message: 'format must be png or svg' })
  format: QrFormat;
}
