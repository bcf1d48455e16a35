using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// snake_case names, and each type's converter chosen once, when its contract is made. Converters listed in the settings
/// instead would be asked <c>CanConvert</c> again for every value written or read.
/// </summary>
internal sealed class TamaraContractResolver : DefaultContractResolver
{
    private static readonly JsonConverter[] _converters =
    [
        new MoneyConverter(),
        new DiscountConverter(),
        new TolerantDecimalConverter(),
        new TamaraEnumConverter(),
        new IsoDateTimeOffsetConverter()
    ];

    public TamaraContractResolver()
    {
        NamingStrategy = new SnakeCaseNamingStrategy();
    }

    protected override JsonConverter? ResolveContractConverter(Type objectType)
    {
        return base.ResolveContractConverter(objectType) ?? _converters.FirstOrDefault(converter => converter.CanConvert(objectType));
    }
}
