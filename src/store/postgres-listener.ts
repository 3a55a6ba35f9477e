import pg from 'pg';

export type NotificationHandler = (payload: string) => void;

/** LISTEN identifiers cannot be bound as parameters, so channel names are held to a safe shape. */
export function assertChannelName(channel: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) {
    throw new Error(`Channel name "${channel}" must be lower-case letters, digits and underscores.`);
  }
}

/**
 * One dedicated connection for LISTEN: a pooled connection would hand the subscription to whoever
 * borrows it next. When the connection drops it reconnects and listens again, so a server keeps
 * hearing workers after a database restart (events sent while it was away are lost; job rows are not).
 */
export function createPostgresListener(connectionString: string, onError: (error: Error) => void) {
  const handlers = new Map<string, Set<NotificationHandler>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;

  const connect = async (): Promise<pg.Client> => {
    const fresh = new pg.Client({ connectionString, application_name: 'kiln-listener' });
    fresh.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    fresh.on('error', (error) => {
      onError(error);
      if (client === fresh) client = undefined;
      fresh.end().catch(() => {});
      if (!closed && handlers.size > 0) setTimeout(() => void ensureConnected().catch(onError), 1000).unref();
    });
    await fresh.connect();
    for (const channel of handlers.keys()) await fresh.query(`LISTEN ${channel}`);
    return fresh;
  };

  const ensureConnected = async (): Promise<pg.Client> => {
    if (client) return client;
    connecting ??= connect().finally(() => (connecting = undefined));
    client = await connecting;
    return client;
  };

  return {
    async listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>> {
      assertChannelName(channel);
      let set = handlers.get(channel);
      const isNewChannel = !set;
      if (!set) handlers.set(channel, (set = new Set()));
      set.add(handler);
      const connection = await ensureConnected();
      if (isNewChannel) await connection.query(`LISTEN ${channel}`);
      return async () => {
        set.delete(handler);
        if (set.size > 0 || handlers.get(channel) !== set) return;
        handlers.delete(channel);
        await client?.query(`UNLISTEN ${channel}`).catch(onError);
      };
    },
    async close(): Promise<void> {
      closed = true;
      handlers.clear();
      const current = client ?? (await connecting?.catch(() => undefined));
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}
