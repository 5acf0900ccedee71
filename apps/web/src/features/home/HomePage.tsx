import { gql, useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';

interface RecordType {
  code: string;
  name: string;
}

interface HomeRecordTypesData {
  recordTypes: RecordType[];
}

// Hand-written result type for now; swap for generated types from
// @complaints/schema when codegen is added.
const HomeRecordTypesQuery = gql<HomeRecordTypesData>`
  query HomeRecordTypes {
    recordTypes {
      code
      name
    }
  }
`;

export function HomePage() {
  const [result, reexecuteQuery] = useQuery({ query: HomeRecordTypesQuery });

  return (
    <>
      <h1 className="heading-xl">Complaints Insight</h1>

      <p className="lead">
        Complaints Insight helps the Children&rsquo;s Services complaints team record complaints, enquiries,
        compliments and other feedback, and learn from them.
      </p>
      <p>With it you can:</p>
      <ul className="list list--bullet">
        <li>record each contact and track it against the statutory timescales for every stage</li>
        <li>explore trends by record type, channel, service area and issue</li>
        <li>produce the annual complaints report</li>
        <li>follow up the learning actions that come out of complaints</li>
      </ul>

      <section className="panel" aria-labelledby="system-status-heading">
        <h2 id="system-status-heading" className="heading-m">
          System status
        </h2>
        <QueryState
          result={result}
          label="record types"
          isEmpty={(data) => data.recordTypes.length === 0}
          empty="Connected, but no record types are set up yet. Ask the system administrator to load the reference data."
          onRetry={() => reexecuteQuery({ requestPolicy: 'network-only' })}
        >
          {(data) => (
            <>
              <p>
                <strong className="tag tag--success">Connected</strong> The server is running and{' '}
                {data.recordTypes.length === 1 ? '1 record type is' : `${data.recordTypes.length} record types are`}{' '}
                set up.
              </p>
              <table className="table">
                <caption className="table__caption">Record types</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Code</th>
                  </tr>
                </thead>
                <tbody>
                  {data.recordTypes.map((recordType) => (
                    <tr key={recordType.code}>
                      <td>{recordType.name}</td>
                      <td>
                        <code>{recordType.code}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
