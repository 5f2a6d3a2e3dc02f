// Uses the TypeScript client generated from the gateway's merged OpenAPI document. `npm run check` type-checks it
// with the generated sources during the build; GeneratedClientTest runs the compiled script against the suite:
//   node target/typescript-dist/typescript/usage.js <gateway base URL>
import {
    Category, Configuration, EventsApi, GatewayApi, ResponseError, StatesApi, Stance,
    type Event, type LocalizedString, type Problem,
} from '../target/generated-ts';

function text(s: LocalizedString | undefined): string {
    return typeof s === 'string' ? s : s?.en ?? '';
}

function check(condition: boolean, message: string): void {
    if (!condition) {
        throw new Error(message);
    }
}

async function main(baseUrl: string): Promise<void> {
    const config = new Configuration({ basePath: baseUrl });
    const events = new EventsApi(config);

    const page = await events.listEvents({ category: [Category.Agreement], from: '2013', to: '2013', limit: 50 });
    const items: Event[] = page.items ?? [];
    check(items.length > 0, 'agreements of 2013');
    check(items.every(e => e.category === Category.Agreement && e.date?.getUTCFullYear() === 2013), 'filtered');

    const first = await events.listEvents({ limit: 2, sort: 'date' });
    check(first.nextCursor != null, 'a next page');
    const second = await events.listEvents({ limit: 2, sort: 'date', cursor: first.nextCursor ?? undefined });
    check(second.items?.[0]?.slug !== first.items?.[0]?.slug, 'the cursor moves on');

    const independence = await events.getEvent({ slug: '2008-02-17-kosovo-declares-independence', lang: 'all' });
    check(typeof independence.title === 'object' && text(independence.title).length > 0, 'lang=all gives every language');

    const states = await new StatesApi(config).listStates({ stance: [Stance.Recognizes], includeTotal: true, limit: 1 });
    check((states.totalItems ?? 0) > 50, 'recognising states counted');

    const timeline = await new GatewayApi(config).getTimeline({ from: '2013-01-01', to: '2013-12-31', limit: 10 });
    check((timeline.items?.length ?? 0) > 0 && (timeline.incomplete?.length ?? 1) === 0, 'timeline of 2013');

    try {
        await events.getEvent({ slug: 'no-such-event' });
        check(false, 'a 404 expected');
    } catch (e) {
        check(e instanceof ResponseError, 'a ResponseError');
        const problem: Problem = await (e as ResponseError).response.json();
        check(problem.status === 404 && (e as ResponseError).response.headers.get('content-type')?.startsWith(
            'application/problem+json') === true, 'the 404 is a problem');
    }
    console.log(`typescript client ok: ${items.length} agreements in 2013, ${states.totalItems} recognising states, `
        + `${timeline.items?.length} timeline entries`);
}

main(process.argv[2] ?? 'http://localhost:8080').catch(e => {
    console.error(e);
    process.exit(1);
});
