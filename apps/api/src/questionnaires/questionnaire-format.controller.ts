import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@stemme/platform';
import { questionnaireJsonSchema } from '@stemme/questionnaire';

@ApiTags('questionnaires')
@Public()
@Controller('api/questionnaire-format')
export class QuestionnaireFormatController {
  @Get('schema')
  @Header('Content-Type', 'application/schema+json; charset=utf-8')
  @ApiOperation({ summary: 'The JSON Schema of the questionnaire import/export format' })
  schema(): object {
    return questionnaireJsonSchema;
  }
}
