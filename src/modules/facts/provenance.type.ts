import { Field, Float, ObjectType } from "type-graphql";
import { MoneyDirection, MoneyNature, PeriodSource, Precision, Qualifier } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";

@ObjectType({
  description: "A stretch of time as the source states it, with the precision it was stated with.",
})
export class Period {
  @Field(() => DateScalar, {
    nullable: true,
    description: "First day (null when the source gives only an end).",
  })
  start!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day (null when open)." })
  end!: string | null;

  @Field(() => Precision, {
    description: '"năm 2015" is YEAR (2015-01-01..2015-12-31); "4 tháng đầu năm 2018" is MONTH.',
  })
  precision!: keyof typeof Precision;

  @Field(() => PeriodSource, {
    nullable: true,
    description:
      "Null when the quote itself states the period. PARAGRAPH: taken from the paragraph the quote sits in; ARTICLE: from the article's reporting period. Either way the period is inferred, and `basis` says from what.",
  })
  takenFrom!: keyof typeof PeriodSource | null;

  @Field(() => String, { nullable: true, description: "The words an inferred period rests on." })
  basis!: string | null;
}

@ObjectType({ description: "One quantity a source gives for a fact." })
export class Figure {
  @Field({ description: 'What is counted: "delegations", "people", "count" (of agreements) or "figure".' })
  measure!: string;

  @Field(() => Float, {
    description: "The exact value the text gives (Vietnamese number format already read).",
  })
  value!: number;

  @Field({
    description:
      'Unit: an ISO 4217 currency code for money ("VND", "USD"), else e.g. "visitor-trips", "classes".',
  })
  unit!: string;

  @Field(() => Qualifier, {
    description: "Whether the value is exact, a lower bound, an approximation or an upper bound.",
  })
  qualifier!: keyof typeof Qualifier;

  @Field({ description: 'The figure as the article writes it, e.g. "trên 17 tỉ đồng".' })
  text!: string;

  @Field(() => MoneyDirection, {
    nullable: true,
    description: "Money only: GIVEN or RECEIVED by the Vietnamese side. Its period is the fact's.",
  })
  direction!: keyof typeof MoneyDirection | null;

  @Field(() => MoneyNature, {
    nullable: true,
    description: "Money only: PLEDGED, DISBURSED or STOCK. Its period is the fact's.",
  })
  nature!: keyof typeof MoneyNature | null;
}
