namespace Tamara.Emulator.Checkout;

/// <summary>The words of the hosted checkout page in English and Arabic.</summary>
internal sealed record HostedPageText(
    string Language,
    string Direction,
    string Title,
    string Order,
    string Item,
    string Quantity,
    string Amount,
    string Shipping,
    string Tax,
    string Discount,
    string Total,
    string Plan,
    string Today,
    string Later,
    string Due,
    string PayNow,
    string PayNextMonth,
    string Approve,
    string Decline,
    string Cancel,
    string NotOpen,
    string NotFound)
{
    public static readonly HostedPageText English = new("en", "ltr", "Pay with Tamara (emulator)", "Order", "Item", "Qty", "Amount",
        "Shipping", "Tax", "Discount", "Total", "Your plan", "Today", "Later", "due", "Pay now in full", "Pay next month",
        "Approve", "Decline", "Cancel", "This checkout is {0} and can no longer be completed.",
        "There is no checkout {0}. The link may be wrong, or the emulator was restarted (it keeps orders in memory only).");

    public static readonly HostedPageText Arabic = new("ar", "rtl", "ادفع مع تمارا (محاكي)", "الطلب", "المنتج", "الكمية", "المبلغ",
        "الشحن", "الضريبة", "الخصم", "الإجمالي", "خطتك", "اليوم", "لاحقاً", "تستحق في", "ادفع الآن كامل المبلغ", "ادفع الشهر القادم",
        "موافقة", "رفض", "إلغاء", "عملية الدفع هذه {0} ولا يمكن إكمالها.",
        "لا توجد عملية دفع {0}.");

    public static HostedPageText For(string locale) => locale.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;
}
