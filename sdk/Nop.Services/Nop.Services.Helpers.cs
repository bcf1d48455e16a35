namespace Nop.Services.Helpers;

public partial interface IDateTimeHelper
{
    Task<DateTime> ConvertToUserTimeAsync(DateTime dt);
    Task<DateTime> ConvertToUserTimeAsync(DateTime dt, DateTimeKind sourceDateTimeKind);
}
