// The globals of the Mocha that @web/test-runner runs the suites in: only those the suites use.
type Hook = () => Promise<void> | void;

declare function describe(title: string, suite: () => void): void;
declare function it(title: string, test: Hook): void;
declare function before(hook: Hook): void;
declare function after(hook: Hook): void;
declare function beforeEach(hook: Hook): void;
declare function afterEach(hook: Hook): void;
