/**
 * Advice about the start command itself: development servers in production, and a bind address
 * or port that will not be reachable from outside the container.
 */
import type { Answers } from "./answers.ts";
import type { Warning } from "./warnings.ts";

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Recognises the development servers people most often ship by mistake. */
function developmentServer(args: readonly string[]): { what: string; instead: string } | undefined {
  const [program = "", ...rest] = args.map(basename);
  const isPython = /^python(3(\.\d+)?)?$/.test(program);
  const script = isPython ? rest.find((a) => !a.startsWith("-")) : undefined;
  if (
    (program === "flask" && rest[0] === "run") ||
    (isPython && rest[0] === "-m" && rest[1] === "flask" && rest[2] === "run")
  ) {
    return {
      what: "`flask run` starts Flask's development server",
      instead: "gunicorn app:app --bind 0.0.0.0:8000",
    };
  }
  if (
    rest.includes("runserver") &&
    (program === "manage.py" || script === "manage.py" || program === "django-admin")
  ) {
    return {
      what: "`manage.py runserver` is Django's development server",
      instead: "gunicorn mysite.wsgi --bind 0.0.0.0:8000",
    };
  }
  if (program === "fastapi" && rest[0] === "dev") {
    return {
      what: "`fastapi dev` runs with auto-reload for development",
      instead: "fastapi run app/main.py --port 8000",
    };
  }
  if ((program === "uvicorn" || program === "gunicorn") && rest.includes("--reload")) {
    return {
      what: `\`${program} --reload\` watches files for development`,
      instead: `the same ${program} command without --reload`,
    };
  }
  if (isPython && script?.endsWith(".py") && script !== "manage.py") {
    return {
      what: `\`${args.join(" ")}\` usually starts a framework's built-in development server (Flask's app.run, for one)`,
      instead:
        "gunicorn app:app --bind 0.0.0.0:8000 (WSGI) or uvicorn app:app --host 0.0.0.0 (ASGI)",
    };
  }
  return undefined;
}

/** The server program a command runs, looking through `python -m <module>`. */
export function serverProgram(args: readonly string[]): string {
  const [first = "", second, third = ""] = args.map(basename);
  return /^python(3(\.\d+)?)?$/.test(first) && second === "-m" ? third : first;
}

/**
 * The host and port a command binds: gunicorn's --bind/-b host:port, uvicorn's and flask's --host
 * and --port (flask also -h/-p; for gunicorn -p is its pid file). gunicorn and uvicorn listen on
 * 127.0.0.1:8000 when told nothing (their settings references), so that is the default here.
 */
function boundAddress(args: readonly string[]): { host?: string; port?: number } {
  const program = serverProgram(args);
  const found: { host?: string; port?: number } =
    program === "gunicorn" || program === "uvicorn" ? { host: "127.0.0.1", port: 8000 } : {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = inline ?? args[i + 1];
    if (value === undefined) continue;
    if ((flag === "--bind" || flag === "-b") && program === "gunicorn") {
      const match = /^(.*?)(?::(\d+))?$/.exec(value);
      found.host = match?.[1] || "127.0.0.1";
      found.port = match?.[2] ? Number(match[2]) : 8000;
    } else if (flag === "--host" || (flag === "-h" && program === "flask")) {
      found.host = value;
    } else if (flag === "--port" || (flag === "-p" && program === "flask")) {
      if (/^\d+$/.test(value)) found.port = Number(value);
    }
  }
  return found;
}

export function commandWarnings(args: readonly string[], answers: Answers): Warning[] {
  const warnings: Warning[] = [];
  const dev = developmentServer(args);
  if (dev) {
    warnings.push({
      code: "development-server",
      severity: "warning",
      message: `${dev.what}, which is not built for production traffic (single process, no hardening).`,
      fix: `Use a production server, for example: ${dev.instead}`,
      field: "command",
    });
  }
  if (answers.appKind !== "web") return warnings;
  const bound = boundAddress(args);
  if (bound.host === "127.0.0.1" || bound.host === "localhost") {
    warnings.push({
      code: "loopback-bind",
      severity: "warning",
      message: `The command listens on ${bound.host}${args.some((a) => /^(--bind|-b|--host)(=|$)/.test(a)) ? "" : " (its default)"}, which is unreachable from outside the container.`,
      fix: "Bind 0.0.0.0 inside the container; publish the port to choose who can reach it.",
      field: "command",
    });
  }
  if (bound.port !== undefined && bound.port !== answers.port) {
    warnings.push({
      code: "port-mismatch",
      severity: "warning",
      message: `The command listens on port ${bound.port} but the port answer is ${answers.port}: EXPOSE and the health check use ${answers.port}.`,
      fix: `Set the port answer to ${bound.port}, or change the command.`,
      field: "port",
    });
  }
  return warnings;
}
