using Ics2Port.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;

// The isolated worker: the Functions host indexes the [Function] methods (functions.metadata) and hands each
// invocation to this process; HTTP requests arrive through ASP.NET Core integration.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddIcs2Port(builder.Configuration);
await builder.Build().RunAsync();
