namespace Ics2Port.Functions.OpenApi;

using Microsoft.OpenApi;

/// <summary>
/// Describes a request body in the OpenAPI document only. <c>Accepts&lt;T&gt;()</c> would also make routing refuse
/// other media types with a bare 415 before the API key is checked; the use cases answer 415 themselves, after it,
/// naming what they take.
/// </summary>
public static class RequestBodyDescription
{
    public static RouteHandlerBuilder DescribesBody<TBody>(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), cancellationToken: cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = contentTypes.ToDictionary(contentType => contentType, _ => new OpenApiMediaType { Schema = schema }),
            };
        });
}
