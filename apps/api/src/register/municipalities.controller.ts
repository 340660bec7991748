import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@stemme/platform';
import { RegisterService } from '@stemme/register';
import { ListMunicipalitiesQueryDto, MunicipalityCodeParamDto, MunicipalityResponseDto } from './register.dto';

@ApiTags('register')
@Public()
@Controller('api/municipalities')
export class MunicipalitiesController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  @ApiOperation({ summary: 'The municipalities valid from 2024, in code order, optionally of one county' })
  @ApiOkResponse({ type: [MunicipalityResponseDto] })
  @ApiBadRequestResponse({ description: 'The county filter is not two digits' })
  @ApiNotFoundResponse({ description: 'No county has the code given as filter' })
  list(@Query() query: ListMunicipalitiesQueryDto): Promise<MunicipalityResponseDto[]> {
    return this.register.listMunicipalities(query.county);
  }

  @Get(':code')
  @ApiOperation({ summary: 'One municipality valid from 2024, by its four-digit code' })
  @ApiOkResponse({ type: MunicipalityResponseDto })
  @ApiBadRequestResponse({ description: 'The code is not four digits' })
  @ApiNotFoundResponse({ description: 'No municipality valid from 2024 has this code' })
  get(@Param() params: MunicipalityCodeParamDto): Promise<MunicipalityResponseDto> {
    return this.register.getMunicipality(params.code);
  }
}
