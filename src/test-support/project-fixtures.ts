/** pyproject.toml files a user would paste, shared by the tests of project installation. */

/** A src-layout package with a readme and a licence file, started by its console script. */
export const SRC_LAYOUT_PYPROJECT = `[project]
name = "mytool"
version = "0.1.0"
readme = "README.md"
license-files = ["LICENSE"]
dependencies = ["click>=8"]

[project.scripts]
mytool = "mytool.cli:main"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
`;

/** A Poetry app that uses Poetry for its dependencies only. */
export const POETRY_APP_PYPROJECT = `[tool.poetry]
name = "shop"
package-mode = false

[tool.poetry.dependencies]
python = "^3.13"
flask = "^3.0"
gunicorn = "^23.0"
`;

/** A uv project that is not a package. */
export const UV_VIRTUAL_PYPROJECT = `[project]
name = "site"
version = "0.1.0"
dependencies = ["django>=5"]

[tool.uv]
package = false
`;
