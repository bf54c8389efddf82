import { request } from 'node:https';

// Node's fetch cannot be told which authority to trust (that takes undici's Agent, not a dependency
// of ours), so tests of the HTTPS server call it through node:https with the server's CA file.

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = unknown>(): T;
}

export function httpsCall(
  url: string,
  options: { ca: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, ca: options.ca, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A client-credentials token from the server's AD FS authority. */
export async function tokenFor(
  apiUrl: string,
  ca: string,
  personaId: string,
  scope = 'https://management.core.windows.net//.default',
): Promise<string> {
  const answer = await httpsCall(`${apiUrl}/adfs/oauth2/token`, {
    ca,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: personaId,
      client_secret: 'any',
      scope,
    }).toString(),
  });
  if (answer.status !== 200) throw new Error(`token: ${answer.status} ${answer.text}`);
  return answer.json<{ access_token: string }>().access_token;
}
