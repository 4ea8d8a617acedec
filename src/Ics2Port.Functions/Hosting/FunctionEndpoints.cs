namespace Ics2Port.Functions.Hosting;

using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

/// <summary>
/// The HTTP functions as ASP.NET Core endpoints: route (under the host's prefix), methods, the function's name and
/// every attribute of its method and class as metadata. The OpenAPI document is generated from them, and the local
/// host serves them, each with the handler it gives.
/// </summary>
public static class FunctionEndpoints
{
    public static EndpointDataSource Create(string routePrefix, Func<HttpFunction, RequestDelegate> handler) =>
        new DefaultEndpointDataSource(FunctionCatalog.Http.Select(function => Create(function, routePrefix, handler(function))));

    private static Endpoint Create(HttpFunction function, string routePrefix, RequestDelegate handler)
    {
        var builder = new RouteEndpointBuilder(handler, RoutePatternFactory.Parse(function.PathTemplate(routePrefix)), order: 0)
        {
            DisplayName = function.Name,
        };
        builder.Metadata.Add(function.Method);
        builder.Metadata.Add(new HttpMethodMetadata(function.HttpMethods));
        builder.Metadata.Add(new EndpointNameMetadata(function.Name));
        foreach (var attribute in function.Method.DeclaringType!.GetCustomAttributes(inherit: true).Concat(function.Method.GetCustomAttributes(inherit: true)))
        {
            builder.Metadata.Add(attribute);
        }

        return builder.Build();
    }
}
