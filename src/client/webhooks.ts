// Checking a webhook from Rehearse on the receiving side, with Web Crypto (Node 18+, Deno, browsers, workers):
// the Standard Webhooks signature, `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`.

export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/**
 * True when the body was signed with this webhook's secret and the timestamp is recent (five minutes by
 * default). Pass the raw body, exactly as received, before parsing it.
 */
export async function verifyWebhookSignature(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string,
  options: { toleranceSeconds?: number; nowSeconds?: number } = {},
): Promise<boolean> {
  const { toleranceSeconds = 300, nowSeconds = Math.floor(Date.now() / 1000) } = options;
  const timestamp = Number(headers['webhook-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (char) => char.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signed = new Uint8Array(
    await crypto.subtle.sign(
      'HMAC',
      key,
      new TextEncoder().encode(`${headers['webhook-id']}.${timestamp}.${rawBody}`),
    ),
  );
  const expected = `v1,${btoa(String.fromCharCode(...signed))}`;
  return headers['webhook-signature'].split(' ').some((candidate) => constantTimeEqual(candidate, expected));
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
