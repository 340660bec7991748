import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@stemme/platform';
import { RegisterService } from '@stemme/register';
import { CountyResponseDto } from './register.dto';

@ApiTags('register')
@Public()
@Controller('api/counties')
export class CountiesController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  @ApiOperation({ summary: 'The counties valid from 2024, in code order, with how many municipalities each has' })
  @ApiOkResponse({ type: [CountyResponseDto] })
  list(): Promise<CountyResponseDto[]> {
    return this.register.listCounties();
  }
}
