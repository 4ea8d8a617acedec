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
        builder.Describes<TBody>(required: true, contentTypes);

    /// <summary>As <see cref="DescribesBody{TBody}"/>, for a body the request may leave out.</summary>
    public static RouteHandlerBuilder DescribesOptionalBody<TBody>(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.Describes<TBody>(required: false, contentTypes);

    private static RouteHandlerBuilder Describes<TBody>(this RouteHandlerBuilder builder, bool required, string[] contentTypes) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), cancellationToken: cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = required,
                Content = contentTypes.ToDictionary(contentType => contentType, _ => new OpenApiMediaType { Schema = schema }),
            };
        });
}
