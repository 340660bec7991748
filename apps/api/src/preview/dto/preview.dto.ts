import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type AnswerValue, type Language } from '@stemme/questionnaire';
import { IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';

export class RenderPreviewDto {
  @ApiProperty({ enum: LANGUAGES, example: 'nb' })
  @IsIn(LANGUAGES)
  language: Language;

  @ApiPropertyOptional({ example: 'side_1', description: 'The page to show; the first page shown for the answers if left out' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  pageId?: string;

  @ApiPropertyOptional({ example: { q01: 2 }, description: 'Answers given so far (as the previous preview answered them), so that conditions can be tried' })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;

  @ApiPropertyOptional({
    example: { _page: 'side_1', _action: 'next', q01: '2' },
    description: 'The fields of the page as the form would post them (urlencoded names, string or list of strings); read as the respondent form reads a post',
  })
  @IsOptional()
  @IsObject()
  form?: Record<string, unknown>;
}

export class PreviewPageDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'In the preview language, or bokmål' }) title: string;
  @ApiProperty({ description: 'Whether a respondent with these answers sees the page' }) shown: boolean;
}

export class PreviewResponseDto {
  @ApiProperty({ description: 'The complete page as respondents get it; show it in a sandboxed frame' }) html: string;
  @ApiProperty() pageId: string;
  @ApiProperty({ description: 'Position among the pages shown, as in "Side 2 av 5"' }) pageNumber: number;
  @ApiProperty() pageCount: number;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ enum: LANGUAGES, isArray: true, description: 'The languages respondents can choose' }) languages: Language[];
  @ApiProperty({ description: 'The answers to send with the next preview request' }) answers: Record<string, AnswerValue>;
  @ApiProperty({ type: [PreviewPageDto] }) pages: PreviewPageDto[];
  @ApiProperty({ description: 'The last page was sent: this is the receipt respondents see. Nothing was stored.' }) submitted: boolean;
  @ApiProperty({ enum: ['save_for_later'], nullable: true, description: '"Save and continue later" was pressed; the preview has no codes to give' })
  notice: 'save_for_later' | null;
}
