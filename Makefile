# The two commands of the README, and a few helpers.
.PHONY: serve test setup size bench
serve: ## Serve the app on http://127.0.0.1:8080/ (installs missing tools first)
	@scripts/serve.sh
test: ## Run every test (installs missing tools first)
	@scripts/test.sh
setup: ## Install the pinned tools only
	@scripts/setup.sh all
size: ## Release build, then the size of every dist/ file
	@scripts/release-build.sh && scripts/size-report.sh
bench: ## Benchmark: size, start-up, seed vs app, interaction, math, memory, fuzz (prints a table)
	@scripts/bench.sh
