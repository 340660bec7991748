import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth';
import { QrCodeQueryDto } from './dto/qr-code.dto';
import { LinkQrCodes } from './link-qr-codes';
import { LinksService } from './links.service';

@ApiTags('distribution')
@Controller('api/links/:id/qr-code')
@Roles('admin', 'designer')
export class LinkQrController {
  constructor(
    private readonly links: LinksService,
    private readonly qrCodes: LinkQrCodes,
  ) {}

  @Get()
  @ApiOperation({ summary: "The link's address as a QR code to download, PNG or SVG" })
  @ApiProduces('image/png', 'image/svg+xml')
  @ApiOkResponse({ description: 'The image, as an attachment named after the link' })
  async qrCode(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: QrCodeQueryDto, @Res() response: Response): Promise<void> {
    const link = await this.links.get(user, id);
    const file = await this.qrCodes.make(link.url, link.label, query.format);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.status(200).send(file.body);
  }
}
