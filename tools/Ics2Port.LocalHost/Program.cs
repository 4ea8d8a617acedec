using Ics2Port.LocalHost;

await LocalFunctionHost.Create(args).RunAsync();
