// A real nginx on 127.0.0.1 proxying to an upstream whose servers come from a file the test (or the
// deploy) rewrites; reloaded with `nginx -s reload` under its own prefix and config.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeTcp } from '../../shared/probes/tcp.js';
import { freePort } from './http-server.js';

export const NGINX = '/usr/sbin/nginx';

export interface TestNginx {
  port: number;
  /** The file inside `upstream app { … }`. */
  upstreamFile: string;
  /** The command that makes nginx read it again. */
  reloadCommand: string;
  stop(): void;
}

export function nginxUnavailable(): string | undefined {
  return existsSync(NGINX) ? undefined : `no ${NGINX} (apt-get install nginx)`;
}

export async function startNginx(): Promise<TestNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const port = await freePort();
  const upstreamFile = join(dir, 'upstream.conf');
  // Until the first deploy writes it: a server nobody listens on.
  writeFileSync(upstreamFile, 'server 127.0.0.1:9;\n');
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  upstream app { include ${upstreamFile}; }
  server {
    listen 127.0.0.1:${port};
    location / { proxy_pass http://app; proxy_next_upstream error timeout; }
  }
}
`,
  );
  const args = ['-p', dir, '-c', config];
  execFileSync(NGINX, args, { stdio: 'pipe' });
  for (let i = 0; i < 100 && !(await probeTcp({ host: '127.0.0.1', port }, { timeoutMs: 200 })).ok; i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    port,
    upstreamFile,
    reloadCommand: `${NGINX} -p ${dir} -c ${config} -s reload`,
    stop: () => {
      try {
        const pid = Number(readFileSync(join(dir, 'nginx.pid'), 'utf8'));
        process.kill(pid, 'SIGQUIT');
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
