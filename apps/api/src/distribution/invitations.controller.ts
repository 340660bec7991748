import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { osloDate } from '@stemme/distribution';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth';
import { CreateInvitationBatchDto, InvitationBatchResponseDto } from './dto/invitation-batch.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('distribution')
@Controller('api/links/:linkId/invitation-batches')
@Roles('admin', 'designer')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Make a batch of single-use invitation codes for an invitation-only link',
    description: 'Answers the codes as CSV (code,url), once: only their hashes are stored, so keep the file. The batch id is in X-Invitation-Batch-Id.',
  })
  @ApiProduces('text/csv')
  @ApiCreatedResponse({ description: 'CSV with one code per line' })
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Body() body: CreateInvitationBatchDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { batchId, csv } = await this.invitations.createBatch(user, linkId, body);
    response.setHeader('Content-Disposition', `attachment; filename="invitasjonskoder-${osloDate()}-${batchId.slice(0, 8)}.csv"`);
    response.setHeader('X-Invitation-Batch-Id', batchId);
    return csv;
  }

  @Get()
  @ApiOperation({ summary: "The link's batches with how many codes are used" })
  @ApiOkResponse({ type: [InvitationBatchResponseDto] })
  list(@CurrentUser() user: AuthenticatedUser, @Param('linkId', ParseUUIDPipe) linkId: string): Promise<InvitationBatchResponseDto[]> {
    return this.invitations.listBatches(user, linkId);
  }
}
