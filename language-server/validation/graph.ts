/**
 * Loops in `after` and `needs` graphs: Tarjan's strongly connected components
 * (iterative, so a chain of 10,000 requirements does not exhaust the stack),
 * then one concrete loop through each node of a looping component.
 */

/** The components of the graph that contain a loop (more than one node, or a node that points to itself). */
export function loopingComponents<N>(nodes: readonly N[], successors: (node: N) => readonly N[]): N[][] {
    const index = new Map<N, number>();
    const lowLink = new Map<N, number>();
    const onStack = new Set<N>();
    const stack: N[] = [];
    const result: N[][] = [];
    let counter = 0;

    for (const start of nodes) {
        if (index.has(start)) {
            continue;
        }
        // Each frame: a node and the position of the next successor to visit.
        const frames: { node: N; next: number; successors: readonly N[] }[] = [];
        const open = (node: N) => {
            index.set(node, counter);
            lowLink.set(node, counter);
            counter++;
            stack.push(node);
            onStack.add(node);
            frames.push({ node, next: 0, successors: successors(node) });
        };
        open(start);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next < frame.successors.length) {
                const successor = frame.successors[frame.next++];
                if (!index.has(successor)) {
                    open(successor);
                } else if (onStack.has(successor)) {
                    lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(successor)!));
                }
                continue;
            }
            frames.pop();
            const parent = frames[frames.length - 1];
            if (parent) {
                lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
            }
            if (lowLink.get(frame.node) === index.get(frame.node)) {
                const component: N[] = [];
                let member: N;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.node);
                if (component.length > 1 || frame.successors.includes(frame.node)) {
                    result.push(component.reverse());
                }
            }
        }
    }
    return result;
}

/** Beyond this size a component's loops are walked through one of its nodes, not searched node by node. */
const SEARCH_LIMIT = 64;

/** Loops longer than this many steps are shown with their middle elided. */
const SHOWN_STEPS = 10;

/**
 * A loop from a node back to itself: `next` is its first step; `head` and
 * `tail` are what a message shows (`head → … → tail`, or `head` alone when
 * the loop is short; `head` starts and a lone `head` also ends with the node).
 */
export interface Loop<N> {
    readonly next: N;
    readonly head: readonly N[];
    readonly tail: readonly N[];
}

/** `A → B → A`, or `A → B → C → … → Y → Z → A` for a long loop. */
export function showLoop<N>(loop: Loop<N>, name: (node: N) => string): string {
    const head = loop.head.map(name).join(' → ');
    return loop.tail.length === 0 ? head : `${head} → … → ${loop.tail.map(name).join(' → ')}`;
}

function shortened<N>(path: readonly N[]): Loop<N> {
    return path.length <= SHOWN_STEPS + 1
        ? { next: path[1], head: path, tail: [] }
        : { next: path[1], head: path.slice(0, SHOWN_STEPS / 2), tail: path.slice(-SHOWN_STEPS / 2) };
}

/**
 * For each node of a looping component, a loop from it back to itself.
 * Shortest loops by breadth-first search for small components; for a large
 * one, the walk node → hub → node through one hub, of which only the ends
 * are taken, which keeps the work linear in the size of the component.
 */
export function loopsThrough<N>(component: readonly N[], successors: (node: N) => readonly N[]): Map<N, Loop<N>> {
    const members = new Set(component);
    const inside = (node: N) => successors(node).filter(next => members.has(next));
    const loops = new Map<N, Loop<N>>();
    if (component.length <= SEARCH_LIMIT) {
        for (const node of component) {
            loops.set(node, shortened(shortestPath(node, node, inside) ?? [node, node]));
        }
        return loops;
    }
    const hub = component[0];
    // Forward tree from the hub, and a tree of the reversed edges towards it.
    const fromHub = tree(hub, inside);
    const predecessors = new Map<N, N[]>();
    for (const node of component) {
        for (const next of inside(node)) {
            const list = predecessors.get(next) ?? [];
            list.push(node);
            predecessors.set(next, list);
        }
    }
    const toHub = tree(hub, node => predecessors.get(node) ?? []);
    const half = SHOWN_STEPS / 2;
    for (const node of component) {
        if (node === hub) {
            loops.set(node, shortened(shortestPath(hub, hub, inside) ?? [hub, hub]));
            continue;
        }
        const steps = (toHub.get(node)?.depth ?? 0) + (fromHub.get(node)?.depth ?? 0);
        if (steps <= SHOWN_STEPS) {
            const there = climb(node, toHub, steps + 1); // node … hub
            const back = climb(node, fromHub, steps + 1).reverse(); // hub … node
            loops.set(node, shortened([...there, ...back.slice(1)]));
        } else {
            const there = climb(node, toHub, half);
            loops.set(node, { next: there[1], head: there, tail: climb(node, fromHub, half).reverse() });
        }
    }
    return loops;
}

/** Breadth-first tree: each reached node's parent and depth. */
function tree<N>(root: N, successors: (node: N) => readonly N[]): Map<N, { parent?: N; depth: number }> {
    const nodes = new Map<N, { parent?: N; depth: number }>([[root, { depth: 0 }]]);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
        const depth = nodes.get(queue[i])!.depth + 1;
        for (const next of successors(queue[i])) {
            if (!nodes.has(next)) {
                nodes.set(next, { parent: queue[i], depth });
                queue.push(next);
            }
        }
    }
    return nodes;
}

/** At most `limit` nodes of the path from `node` up towards the root of a tree. */
function climb<N>(node: N, nodes: Map<N, { parent?: N; depth: number }>, limit: number): N[] {
    const path = [node];
    let current = nodes.get(node)?.parent;
    while (current !== undefined && path.length < limit) {
        path.push(current);
        current = nodes.get(current)?.parent;
    }
    return path;
}

/** Shortest path from `from` to `to` of at least one step. */
function shortestPath<N>(from: N, to: N, successors: (node: N) => readonly N[]): N[] | undefined {
    const parent = new Map<N, N>();
    const queue: N[] = [];
    for (const next of successors(from)) {
        if (next === to) {
            return [from, to];
        }
        if (!parent.has(next)) {
            parent.set(next, from);
            queue.push(next);
        }
    }
    for (let i = 0; i < queue.length; i++) {
        const node = queue[i];
        for (const next of successors(node)) {
            if (next === to) {
                const path = [to, node];
                let current = parent.get(node);
                while (current !== undefined && current !== from) {
                    path.push(current);
                    current = parent.get(current);
                }
                path.push(from);
                return path.reverse();
            }
            if (!parent.has(next) && next !== from) {
                parent.set(next, node);
                queue.push(next);
            }
        }
    }
    return undefined;
}
