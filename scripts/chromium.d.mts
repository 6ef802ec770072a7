export declare const CHROMIUM: string;
export declare const chromiumLaunchOptions: { executablePath: string; headless: boolean; args: string[] };
