import { answerFor } from './error-responses';

function bodyParserError(type: string, status: number): Error {
  return Object.assign(new Error(`Unexpected token '}', "{"query": }" is not valid JSON`), { type, status, expose: true });
}

describe('answerFor', () => {
  it('answers a malformed body 400 and an oversized one 413, without quoting the parser', () => {
    expect(answerFor(bodyParserError('entity.parse.failed', 400), 'r1')).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON.',
    });
    expect(answerFor(bodyParserError('entity.too.large', 413), 'r1')).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers a database outage 503', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:3306'), { code: 'ECONNREFUSED' });
    expect(answerFor(refused, 'r1')).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });

  it('keeps other client errors as they are, in general words', () => {
    expect(answerFor(Object.assign(new URIError('URI malformed'), { status: 400 }), 'r1')).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'The request could not be understood.',
    });
  });

  it('answers anything else 500, quoting only the request id', () => {
    const answer = answerFor(new Error('SQLITE_ERROR: no such table: contact'), 'req-42');
    expect(answer).toEqual({ status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong; quote request id req-42 if you report it.' });
  });
});
