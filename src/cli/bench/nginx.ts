import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '@/server/migrations';

// nginx from Debian's package (apt-get install -y nginx), started by the benchmark on a
// local port with the repository's proxy configuration (deploy/nginx/cadence.conf.template,
// the same file docker compose's `scale` profile uses), rendered the way the nginx image
// renders templates: ${CADENCE_*} replaced from the given values.

export const nginxTemplatePath = path.join(projectRoot, 'deploy', 'nginx', 'cadence.conf.template');

export function renderNginxTemplate(values: Record<string, string>): string {
  return readFileSync(nginxTemplatePath, 'utf8').replace(/\$\{(CADENCE_[A-Z0-9_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the nginx template needs ${name}`);
    return value;
  });
}

export function findNginx(): string | null {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return null;
}

/** Starts nginx in the foreground with a directory of its own; `stop` ends it and removes the directory. */
export async function startNginx(options: { port: number; upstreams: [string, string] }): Promise<{ url: string; stop: () => Promise<void> }> {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed (apt-get install -y nginx)');
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cadence-nginx-'));
  writeFileSync(
    path.join(directory, 'cadence.conf'),
    renderNginxTemplate({ CADENCE_APP_1: options.upstreams[0], CADENCE_APP_2: options.upstreams[1], CADENCE_PROXY_PORT: `127.0.0.1:${options.port}` }),
  );
  // The smallest main configuration around it: everything in the directory, no root needed.
  writeFileSync(
    path.join(directory, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${directory}/body;
  proxy_temp_path ${directory}/proxy;
  fastcgi_temp_path ${directory}/fastcgi;
  uwsgi_temp_path ${directory}/uwsgi;
  scgi_temp_path ${directory}/scgi;
  include ${directory}/cadence.conf;
}
`,
  );
  const test = spawnSync(nginx, ['-t', '-p', directory, '-c', path.join(directory, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused the configuration: ${test.stderr}`);
  const child = spawn(nginx, ['-p', directory, '-c', path.join(directory, 'nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`nginx did not start: ${readFileSync(path.join(directory, 'error.log'), 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
