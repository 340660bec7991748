import { Injectable } from '@nestjs/common';
import { safeFileName } from '@stemme/platform';
import QRCode from 'qrcode';

export type QrFormat = 'png' | 'svg';
export const QR_FORMATS: readonly QrFormat[] = ['png', 'svg'];

export interface QrFile {
  body: Buffer | string;
  contentType: string;
  fileName: string;
}

/** Large enough for a poster when printed at 300 dpi on about 9 cm; SVG scales without limit. */
const PNG_WIDTH = 1024;

/**
 * A link's address as a QR code for posters and letters, made on the server so the admin's
 * bundle stays small. Error correction M (15 %) tolerates a worn print; the quiet zone is the
 * standard four modules.
 */
@Injectable()
export class LinkQrCodes {
  async make(url: string, label: string, format: QrFormat): Promise<QrFile> {
    const options = { errorCorrectionLevel: 'M' as const, margin: 4, color: { dark: '#000000', light: '#ffffff' } };
    const fileName = `qr-${safeFileName(label, 'lenke')}.${format}`;
    if (format === 'png') {
      return { body: await QRCode.toBuffer(url, { ...options, type: 'png', width: PNG_WIDTH }), contentType: 'image/png', fileName };
    }
    return { body: await QRCode.toString(url, { ...options, type: 'svg' }), contentType: 'image/svg+xml; charset=utf-8', fileName };
  }
}
