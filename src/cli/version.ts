import packageJson from '../../package.json' with { type: 'json' };

/** The version users see in `crmplan --version`, from package.json. */
export const version: string = packageJson.version;
