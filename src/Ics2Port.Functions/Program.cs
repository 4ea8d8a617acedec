using Ics2Port.Functions.Hosting;

await FunctionApp.Create(args).RunAsync();
