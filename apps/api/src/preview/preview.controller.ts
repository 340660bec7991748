import { Body, Controller, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@stemme/identity';
import { CurrentUser, Roles } from '../auth';
import { PreviewResponseDto, RenderPreviewDto } from './dto/preview.dto';
import { PreviewService } from './preview.service';

@ApiTags('questionnaires')
@Controller('api/questionnaire-versions/:versionId/preview')
@Roles('admin', 'designer')
export class PreviewController {
  constructor(private readonly previews: PreviewService) {}

  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'A page of the version (drafts too) exactly as respondents see it, for the builder preview',
    description: 'Renders with the respondent form itself, in one language, with the answers given; a posted page is read as the form would read it. Stores nothing.',
  })
  @ApiOkResponse({ type: PreviewResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'The questionnaire has no pages, the page or language is not in it, or the draft cannot be shown yet' })
  render(@CurrentUser() user: AuthenticatedUser, @Param('versionId', ParseUUIDPipe) versionId: string, @Body() body: RenderPreviewDto): Promise<PreviewResponseDto> {
    return this.previews.render(user, versionId, body);
  }
}
