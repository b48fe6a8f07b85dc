#!/usr/bin/env bash
# Puts Node >= 22 first on PATH. When the machine's Node is older, installs
# Node 24 from the npm registry (the `node` package) into a cache folder once
# and reuses it afterwards. Source it: `source scripts/use-node.sh`.
crmplan_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(crmplan_node_major)" -lt 22 ]; then
    CRMPLAN_NODE_HOME="${CRMPLAN_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/crmplan/node24}"
    if [ ! -x "$CRMPLAN_NODE_HOME/node_modules/.bin/node" ]; then
        echo "Node $(node --version 2>/dev/null || echo none) is older than 22: installing Node 24 into $CRMPLAN_NODE_HOME" >&2
        mkdir -p "$CRMPLAN_NODE_HOME"
        npm install --prefix "$CRMPLAN_NODE_HOME" --no-save --no-audit --no-fund node@24 >&2
    fi
    export PATH="$CRMPLAN_NODE_HOME/node_modules/.bin:$PATH"
fi
unset -f crmplan_node_major
