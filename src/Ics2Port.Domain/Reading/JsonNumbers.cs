namespace Ics2Port.Domain.Reading;

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// Reads the documents' numbers strictly: a number that the field's type cannot hold (too large, or not whole where a
/// count is asked) is a wrong value (FORMAT-VALUE) at its field, not unreadable JSON; anything but a number is.
/// </summary>
internal static class JsonNumbers
{
    public static IEnumerable<JsonConverter> Converters { get; } =
    [
        new StrictNumberConverter<int>(
            (ref Utf8JsonReader reader, out int value) => reader.TryGetInt32(out value),
            (writer, value) => writer.WriteNumberValue(value),
            string.Create(CultureInfo.InvariantCulture, $"is not a whole number from {int.MinValue} to {int.MaxValue}.")),
        new StrictNumberConverter<decimal>(
            (ref Utf8JsonReader reader, out decimal value) => reader.TryGetDecimal(out value),
            (writer, value) => writer.WriteNumberValue(value),
            string.Create(CultureInfo.InvariantCulture, $"is out of range: a number may be at most {decimal.MaxValue} in size.")),
    ];

    private delegate bool TryGetNumber<T>(ref Utf8JsonReader reader, out T value);

    /// <summary>A JSON number that does not fit its field; the serializer sets its path on the way out.</summary>
    internal sealed class OutOfRangeException(string detail) : JsonException(detail)
    {
        public string Detail { get; } = detail;
    }

    private sealed class StrictNumberConverter<T>(TryGetNumber<T> tryGet, Action<Utf8JsonWriter, T> write, string outOfRange) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException();
            }

            if (tryGet(ref reader, out var value))
            {
                return value;
            }

            var text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            throw new OutOfRangeException($"{text} {outOfRange}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }
}
