/** A request's phases (RequestTable.phase), in the order a PHP request goes through them. */
export const PH_PHP = 0;
export const PH_REDIS = 1;
export const PH_DB_READ = 2;
export const PH_SEARCH = 3;
export const PH_DB_WRITE = 4;
export const PH_DONE = 5;
/** A static asset, served by NGINX without PHP. */
export const PH_STATIC = 6;
