import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SDG_COLORS, sdgTextColor } from '../app/sdg-colors';
import { useSdgs } from '../app/useReference';
import './SdgBadge.css';

interface SdgBadgesProps {
  goals: readonly number[];
  /** Where each badge links (on detail pages; in lists links would add many tab stops). */
  linkTo?: (goal: number) => string;
}

/** SDG goals as small squares in the goals' colours, each named for screen readers and on hover. */
export function SdgBadges({ goals, linkTo }: SdgBadgesProps) {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  if (goals.length === 0) return null;
  return (
    <ul className="sdg-badges" aria-label={t('sdg.goals')}>
      {goals.map((goal) => {
        const name = sdgs.goalName(goal);
        const content = (
          <>
            <span aria-hidden="true">{goal}</span>
            <span className="visually-hidden">
              {t('sdg.goalNumber', { number: goal })} {name}
            </span>
          </>
        );
        const style = { background: SDG_COLORS[goal], color: sdgTextColor(goal) };
        return (
          <li key={goal}>
            {linkTo ? (
              <Link className="sdg-badge" style={style} to={linkTo(goal)} title={name}>
                {content}
              </Link>
            ) : (
              <span className="sdg-badge" style={style} title={name}>
                {content}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
