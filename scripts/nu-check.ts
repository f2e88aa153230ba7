/**
 * The W3C Nu Html Checker (vnu.jar, from the `vnu-jar` package) over every HTML page of a folder:
 * `npm run test:nu` (dist/ by default, or the folder given). It reads HTML as browsers parse it, so it
 * catches what html-validate's rules do not (a <script> written after </html> is a "stray start tag").
 * HTML only: its CSS checker lags modern CSS (@property, @container, margin-trim), so its "CSS:" messages
 * are filtered out, and the stylesheets are Tailwind's and Lightning CSS's. Needs Java 11 or later on the
 * PATH (or in JAVA_HOME); tests/dist/nu-check.test.ts runs it in `npm test`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const JAR = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** One error, as the checker reports it: the file (relative to the folder), line and column, and what is wrong. */
export interface NuMessage {
  file: string;
  line: number;
  column: number;
  message: string;
}

interface NuJson {
  messages: {
    type: string;
    subType?: string;
    url?: string;
    lastLine?: number;
    firstColumn?: number;
    message: string;
  }[];
}

const java = () => {
  const home = process.env['JAVA_HOME'];
  const inHome = home && path.join(home, 'bin', 'java');
  return inHome && existsSync(inHome) ? inHome : 'java';
};

/** The checker's JSON report, read into messages relative to `dir`: errors only, CSS messages left out. */
export function nuMessages(report: string, dir: string): NuMessage[] {
  const { messages } = JSON.parse(report) as NuJson;
  return messages
    .filter((m) => m.type === 'error' && !m.message.startsWith('CSS: '))
    .map((m) => ({
      file: m.url ? path.relative(dir, fileURLToPath(m.url)) : '(no file)',
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? 0,
      message: m.message,
    }));
}

/** Runs the checker over every .html file under `dir`; resolves to its errors (none is a pass). */
export async function nuCheck(dir: string): Promise<NuMessage[]> {
  if (!existsSync(JAR)) throw new Error(`${JAR} is missing: run npm ci (the vnu-jar package provides it)`);
  const args = ['-jar', JAR, '--errors-only', '--skip-non-html', '--format', 'json', '--filterpattern', '.*CSS: .*'];
  try {
    // It exits 1 when it found errors, and writes its report to stderr either way.
    const { stderr } = await run(java(), [...args, dir], { maxBuffer: 64 * 1024 * 1024 });
    return nuMessages(stderr || '{"messages":[]}', dir);
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stderr?: string };
    if (failed.code === 'ENOENT') {
      throw new Error(
        'the W3C Nu checker needs Java 11 or later: install it (Debian: openjdk-17-jre-headless) or set JAVA_HOME',
        { cause: error },
      );
    }
    if (failed.stderr?.trimStart().startsWith('{')) return nuMessages(failed.stderr, dir);
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const errors = await nuCheck(dir);
  for (const e of errors) console.error(`${e.file}:${e.line}:${e.column} ${e.message}`);
  console.log(errors.length ? `Nu checker: ${errors.length} errors in ${dir}` : `Nu checker: no errors in ${dir}`);
  process.exitCode = errors.length ? 1 : 0;
}
