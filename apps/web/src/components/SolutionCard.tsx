import type { SolutionSummary } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contentLangProps } from '../app/content-lang';
import { useCountries } from '../app/useReference';
import { Highlighted } from './Highlighted';
import { SdgBadges } from './SdgBadge';

interface SolutionCardProps {
  solution: Omit<SolutionSummary, 'highlight'> & { highlight?: SolutionSummary['highlight'] };
  headingLevel?: 2 | 3;
}

const MAX_COUNTRIES = 4;

/** One solution in a list: title, what it did, its goals, where and when. */
export function SolutionCard({ solution, headingLevel = 3 }: SolutionCardProps) {
  const { t } = useTranslation();
  const countries = useCountries();
  const Heading = `h${headingLevel}` as const;
  const content = contentLangProps(solution.language);
  const names = solution.countries.map((c) => countries.name(c.country));
  // "and 1 more" would take the place of the name it hides.
  const cut = names.length > MAX_COUNTRIES + 1;
  const shown = (cut ? names.slice(0, MAX_COUNTRIES) : names).join(t('common.listSeparator'));
  const years =
    solution.endYear && solution.endYear !== solution.startYear
      ? t('solution.yearRange', { start: solution.startYear, end: solution.endYear })
      : String(solution.startYear);

  return (
    <article className="solution-card">
      <Heading className="card-title" {...content}>
        <Link to={`/solutions/${solution.slug}`}>
          <Highlighted text={solution.title} html={solution.highlight?.title} />
        </Link>
      </Heading>
      <Highlighted
        as="p"
        className="card-summary"
        text={solution.summary}
        html={solution.highlight?.summary}
        {...content}
      />
      <SdgBadges goals={solution.sdgs} />
      <ul className="card-meta">
        <li>
          <span className="visually-hidden">{t('solution.countries')}: </span>
          {shown}
          {cut && ` ${t('common.andMore', { count: names.length - MAX_COUNTRIES })}`}
        </li>
        <li>
          <span className="visually-hidden">{t('solution.period')}: </span>
          {years}
        </li>
        <li>{t(`modality.${solution.modality}`)}</li>
      </ul>
    </article>
  );
}
