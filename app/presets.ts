import { type Answers, defaultAnswers } from "../src/answers.ts";

/**
 * The seed article's example: a Flask app using requests, numpy and pandas, with a /health route,
 * started with `python app.py` on port 5000, with the article's pinned requirements, on Python
 * 3.12 as in the README's walk-through (on which those pins have no wheels, as the page then says).
 */
export const ARTICLE_PRESET: Answers = {
  ...defaultAnswers,
  pythonVersion: "3.12",
  nativeDeps: "wheels",
  appKind: "web",
  port: 5000,
  healthPath: "/health",
  command: "python app.py",
  requirements: "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n",
};
