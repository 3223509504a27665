package jp.kakehashi.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What tests do on the shop's pages as any shopper would. */
public final class ShopPages {

    private ShopPages() {
    }

    /** Registers a member by hand (no Amazon) and leaves the browser signed in on the member page. */
    public static void registerMember(WebDriver browser, String name, String email, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(KakehashiServer.baseUrl() + "/shop/register.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:name"))).sendKeys(name);
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:postalCode")).sendKeys("100-0001");
        new Select(browser.findElement(By.id("register:prefecture"))).selectByValue("TOKYO");
        browser.findElement(By.id("register:line1")).sendKeys("千代田区千代田1-1");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-welcome")));
    }
}
