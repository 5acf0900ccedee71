import type { FieldProblem } from '@complaints/domain';

/** What a hand-edited or outdated link asked for that could not be used (loaded only then). */
export default function TrendLinkProblems({ problems }: { problems: FieldProblem[] }) {
  return (
    <div className="inset-text inset-text--warning" role="status">
      <p>Part of this link could not be used, so it was left out:</p>
      <ul className="list list--bullet">
        {problems.map((problem) => (
          <li key={`${problem.field}:${problem.message}`}>
            <code>{problem.field}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
