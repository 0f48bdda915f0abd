// A real OpenID provider (oidc-provider, certified) on loopback for Constel's SSO tests.
//
// Started by the test suite: `node server.mjs config.json`. Prints one JSON line
// {"issuer": "..."} once it listens. The people who can sign in and the clients come from
// the configuration file; `/__test/*` routes let a test register clients, rotate the
// signing keys, make the next token response carry a tampered ID token, and read the
// back-channel logout tokens the provider sent. Not for anything but tests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import * as jose from 'jose';
import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const accounts = config.accounts; // login -> { sub, password, claims, amr }
let clients = config.clients ?? [];
let keys = [];
let provider;
let tamper = null; // how to spoil the next ID token
let lastIdToken = null;
const logoutTokens = [];

async function newSigningKey(kid) {
  const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
  return { ...(await jose.exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}
label,input,button{display:block;width:100%;margin:.4rem 0;font-size:1rem}
input,button{padding:.5rem}</style></head><body>${body}</body></html>`;
}

async function resign(idToken) {
  const payload = jose.decodeJwt(idToken);
  const header = jose.decodeProtectedHeader(idToken);
  const now = Math.floor(Date.now() / 1000);
  const real = await jose.importJWK(keys[0], 'RS256');
  const sign = async (claims, alg, key, kid) =>
    new jose.SignJWT(claims).setProtectedHeader({ alg, kid, typ: header.typ }).sign(key);
  switch (tamper) {
    case 'forged': {
      const other = await jose.importJWK(await newSigningKey('x'), 'RS256');
      return sign(payload, 'RS256', other, header.kid);
    }
    case 'expired':
      return sign({ ...payload, iat: now - 7200, exp: now - 3600 }, 'RS256', real, header.kid);
    case 'wrong_aud':
      return sign({ ...payload, aud: 'another-application' }, 'RS256', real, header.kid);
    case 'wrong_iss':
      return sign({ ...payload, iss: 'https://idp.invalid' }, 'RS256', real, header.kid);
    case 'unknown_kid': {
      const other = await newSigningKey('never-published');
      return sign(payload, 'RS256', await jose.importJWK(other, 'RS256'), 'never-published');
    }
    case 'wrong_alg': {
      const rs512 = await jose.importJWK({ ...keys[0], alg: 'RS512' }, 'RS512');
      return sign(payload, 'RS512', rs512, header.kid);
    }
    case 'alg_none': {
      const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(payload)}.`;
    }
    case 'replay':
      return lastIdToken;
    default:
      return idToken;
  }
}

function loginForm(uid, error = '') {
  return page('Sign in to the test provider', `<h1>Test identity provider</h1>
${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label for="login">Username</label><input id="login" name="login" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password">
<button type="submit">Sign in</button></form>`);
}

async function interaction(req, res, url) {
  const [, , uid, action] = url.pathname.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, { error: 'interaction mismatch' });
  if (req.method === 'GET') return send(res, 200, loginForm(uid), 'text/html; charset=utf-8');
  if (action !== 'login') return send(res, 404, { error: 'not found' });
  const form = new URLSearchParams(await readBody(req));
  const account = accounts[form.get('login') ?? ''];
  if (!account || account.password !== form.get('password')) {
    return send(res, 200, loginForm(uid, 'Wrong username or password.'), 'text/html; charset=utf-8');
  }
  const result = { login: { accountId: account.sub, amr: account.amr ?? ['pwd'] } };
  return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

async function build(issuer) {
  const next = new Provider(issuer, {
    clients,
    jwks: { keys },
    cookies: { keys: ['constel-test-cookie-key'] },
    conformIdTokenClaims: false,
    // Its protection against requests to private addresses would stop the back-channel
    // logout calls, which in these tests go to loopback.
    fetch(url, options) {
      const { dispatcher, ...rest } = options;
      return globalThis.fetch(url, rest);
    },
    claims: {
      // amr in every ID token, as Entra ID does: the RP's TOTP rule reads it.
      openid: ['sub', 'amr', 'sid'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', 'preferred_username', 'oid'],
    },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    pkce: { required: () => true },
    interactions: { url: (ctx, inter) => `/interaction/${inter.uid}` },
    async findAccount(ctx, sub) {
      const account = Object.values(accounts).find((a) => a.sub === sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account.claims }) };
    },
    async loadExistingGrant(ctx) {
      // First-party clients: consent is implied, as at a workplace's own provider.
      const grantId = ctx.oidc.result?.consent?.grantId
        || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(ctx.oidc.params.scope ?? 'openid');
      await grant.save();
      return grant;
    },
    renderError(ctx, out) {
      ctx.type = 'json';
      ctx.body = out;
    },
  });
  next.on('backchannel.error', (ctx, error, client) => {
    console.error(`back-channel logout to ${client.clientId} failed: ${error}`);
  });
  next.on('server_error', (ctx, error) => console.error(`provider error: ${error.stack}`));
  next.use(async (ctx, nextMw) => {
    await nextMw();
    if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
      const original = ctx.body.id_token;
      if (tamper) {
        ctx.body = { ...ctx.body, id_token: await resign(original) };
        tamper = null;
      }
      lastIdToken = original;
    }
  });
  return next;
}

async function control(req, res, url, issuer) {
  if (url.pathname === '/__test/backchannel-sink') {
    logoutTokens.push(new URLSearchParams(await readBody(req)).get('logout_token'));
    return send(res, 200, '');
  }
  const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : {};
  switch (url.pathname) {
    case '/__test/clients':
      clients = body.clients;
      provider = await build(issuer);
      return send(res, 200, { ok: true });
    case '/__test/rotate': {
      // New signing key first; the previous ones stay published unless `drop` is set.
      const fresh = await newSigningKey(`key-${Date.now()}`);
      keys = body.drop ? [fresh] : [fresh, ...keys];
      provider = await build(issuer);
      return send(res, 200, { kid: fresh.kid });
    }
    case '/__test/tamper':
      tamper = body.mode;
      return send(res, 200, { ok: true });
    case '/__test/logout-tokens':
      return send(res, 200, { tokens: logoutTokens.splice(0) });
    default:
      return send(res, 404, { error: 'not found' });
  }
}

keys = [await newSigningKey('key-initial')];
const server = createServer();
server.listen(Number(config.port ?? 0), '127.0.0.1', async () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  provider = await build(issuer);
  server.on('request', async (req, res) => {
    const url = new URL(req.url, issuer);
    try {
      if (url.pathname.startsWith('/__test/')) return await control(req, res, url, issuer);
      if (url.pathname.startsWith('/interaction/')) return await interaction(req, res, url);
      return provider.callback()(req, res);
    } catch (error) {
      return send(res, 500, { error: String(error) });
    }
  });
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
