import { type Answers, defaultAnswers } from "../src/answers.ts";

/**
 * The seed article's example: a Flask app using requests, numpy and pandas, with a /health route,
 * started with `python app.py` on port 5000.
 */
export const ARTICLE_PRESET: Answers = {
  ...defaultAnswers,
  nativeDeps: "wheels",
  appKind: "web",
  port: 5000,
  healthPath: "/health",
  command: "python app.py",
};
