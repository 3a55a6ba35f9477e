/** The one user of a server running without auth (single-user local mode). */
export const localUserId = 'local';
