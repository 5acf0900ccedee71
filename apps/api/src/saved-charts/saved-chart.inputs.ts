import { Field, InputType } from 'type-graphql';
import { ChartType, DataDownload } from './saved-chart.enums';

@InputType({ description: 'A chart to save from the trend explorer.' })
export class SaveChartInput {
  @Field(() => String, { description: 'Up to 120 characters.' })
  name: string;

  @Field(() => String, { description: 'What the chart shows, in plain English (its alternative text); required, up to 1,000 characters.' })
  description: string;

  @Field(() => String, { description: "The trend question as the explorer's URL query parameters, e.g. 'financialYear=2009/10&groupBy=CHANNEL'." })
  params: string;

  @Field(() => ChartType)
  chartType: ChartType;

  @Field(() => DataDownload, { nullable: true, defaultValue: DataDownload.STAFF })
  dataDownload?: DataDownload | null;
}

@InputType({ description: 'Changes to a saved chart: only the fields given change.' })
export class UpdateSavedChartInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  params?: string | null;

  @Field(() => ChartType, { nullable: true })
  chartType?: ChartType | null;

  @Field(() => DataDownload, { nullable: true })
  dataDownload?: DataDownload | null;
}
